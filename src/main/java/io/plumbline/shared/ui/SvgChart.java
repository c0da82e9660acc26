package io.plumbline.shared.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A server-rendered SVG chart with a title; scales to its container's width. */
public class SvgChart extends Div {

    public SvgChart(String title, String svg) {
        addClassName("pl-chart");
        H3 heading = new H3(title);
        add(heading, new Svg(svg));
    }

}
