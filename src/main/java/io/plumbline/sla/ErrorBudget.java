package io.plumbline.sla;

/**
 * Failed events the window may have: {@code total} = (1 − SLO) × the window's eligible
 * events (for a window still running, its events so far scaled to the whole window);
 * {@code used} = failed events so far.
 */
public record ErrorBudget(double total, long used) {

    public double left() {
        return total - used;
    }

    public boolean exhausted() {
        return left() < 0;
    }
}
