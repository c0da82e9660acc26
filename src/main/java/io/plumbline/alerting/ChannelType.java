package io.plumbline.alerting;

public enum ChannelType {

    EMAIL, WEBHOOK

}
