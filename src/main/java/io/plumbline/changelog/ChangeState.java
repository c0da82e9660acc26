package io.plumbline.changelog;

public enum ChangeState {

    DRAFT, PUBLISHED

}
