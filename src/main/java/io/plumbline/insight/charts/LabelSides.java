package io.plumbline.insight.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which side of its point each name of a scatter goes, so that names of points close
 * together do not cover each other: each point keeps its preferred side unless its name
 * would overlap one already placed there and the other side is free. Works in data units:
 * a name is {@code charWidth} wide per character and {@code height} high.
 */
final class LabelSides {

    /** A labelled point and the side its name prefers. */
    record Point(double x, double y, String name, boolean prefersAbove) {
    }

    private record Box(double left, double right, double bottom, double top) {
        boolean overlaps(Box other) {
            return left < other.right && other.left < right && bottom < other.top && other.bottom < top;
        }
    }

    private LabelSides() {
    }

    /** For each point, in the given order, whether its name goes above it. */
    static List<Boolean> above(List<Point> points, double charWidth, double height) {
        Boolean[] sides = new Boolean[points.size()];
        List<Box> placed = new ArrayList<>();
        IntStream.range(0, points.size())
            .boxed()
            .sorted(Comparator.comparingDouble(i -> points.get(i).x()))
            .forEach(i -> {
                Point point = points.get(i);
                Box preferred = box(point, point.prefersAbove(), charWidth, height);
                Box other = box(point, !point.prefersAbove(), charWidth, height);
                boolean flip = placed.stream().anyMatch(preferred::overlaps)
                        && placed.stream().noneMatch(other::overlaps);
                sides[i] = flip != point.prefersAbove();
                placed.add(flip ? other : preferred);
            });
        return List.of(sides);
    }

    private static Box box(Point point, boolean above, double charWidth, double height) {
        double halfWidth = point.name().length() * charWidth / 2;
        double gap = height / 4;
        return above ? new Box(point.x() - halfWidth, point.x() + halfWidth, point.y() + gap, point.y() + gap + height)
                : new Box(point.x() - halfWidth, point.x() + halfWidth, point.y() - gap - height, point.y() - gap);
    }

}
