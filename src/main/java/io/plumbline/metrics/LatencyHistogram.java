package io.plumbline.metrics;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A mergeable log-scale latency sketch: bin {@code b} holds latencies in [1.02^b,
 * 1.02^(b+1)) ms, so any value read back (the bin's geometric middle, rounded to whole
 * milliseconds) is within 1 % of every latency in the bin — a relative-error guarantee of
 * 1 % for every percentile, whatever the number of observations. Bins add up across
 * buckets and windows, which is what makes p95 over any window computable from rollups.
 * Bin -1 holds 0 ms; the largest latency (2^31 ms) falls in bin 1084.
 *
 * <p>
 * The bins are a dense array from the lowest to the highest bin used (API latencies span
 * a few hundred bins). {@link #toBytes()} is the compact form stored in one rollup row:
 * see {@link #fromBytes(byte[])} for the format.
 */
public final class LatencyHistogram {

    static final double GROWTH = 1.02;

    private static final double LOG_GROWTH = Math.log(GROWTH);

    /** First byte of the serialised form: its format. */
    private static final byte FORMAT_1 = 1;

    private static final long[] NONE = new long[0];

    /** counts[i] is the count of bin {@code first + i}. */
    private long[] counts = NONE;

    private int first;

    public static int bin(int latencyMs) {
        if (latencyMs <= 0) {
            return -1;
        }
        return (int) Math.floor(Math.log(latencyMs) / LOG_GROWTH + 1e-9);
    }

    static long representative(int bin) {
        if (bin < 0) {
            return 0;
        }
        return Math.round(Math.pow(GROWTH, bin + 0.5));
    }

    public void add(int bin, long observations) {
        if (observations == 0) {
            return;
        }
        ensure(bin);
        counts[bin - first] += observations;
    }

    /** Adds every bin of {@code other} to this one; {@code other} is unchanged. */
    public void merge(LatencyHistogram other) {
        if (other.counts.length == 0) {
            return;
        }
        ensure(other.first);
        ensure(other.first + other.counts.length - 1);
        for (int i = 0; i < other.counts.length; i++) {
            counts[other.first + i - first] += other.counts[i];
        }
    }

    public void record(int latencyMs) {
        add(bin(latencyMs), 1);
    }

    /** The bins with a non-zero count, lowest first (a copy). */
    public SortedMap<Integer, Long> bins() {
        SortedMap<Integer, Long> bins = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                bins.put(first + i, counts[i]);
            }
        }
        return Collections.unmodifiableSortedMap(bins);
    }

    public boolean isEmpty() {
        return Arrays.stream(counts).allMatch(c -> c == 0);
    }

    public long total() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /**
     * Nearest-rank percentile ({@code quantile} in (0, 1]); empty without observations.
     */
    public OptionalLong percentile(double quantile) {
        long total = total();
        if (total <= 0) {
            return OptionalLong.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        int last = first;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            last = first + i;
            seen += counts[i];
            if (seen >= rank) {
                return OptionalLong.of(representative(first + i));
            }
        }
        return OptionalLong.of(representative(last));
    }

    /**
     * The compact form stored in a rollup row; {@code null} for an empty histogram (no
     * successful call in the bucket). See {@link #fromBytes(byte[])}.
     */
    public byte[] toBytes() {
        int nonZero = 0;
        for (long count : counts) {
            if (count != 0) {
                nonZero++;
            }
        }
        if (nonZero == 0) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + nonZero * 3);
        out.write(FORMAT_1);
        writeVarLong(out, nonZero);
        int previous = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                int bin = first + i;
                writeVarLong(out, bin - previous);
                writeVarLong(out, zigZag(counts[i]));
                previous = bin;
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads what {@link #toBytes()} wrote; {@code null} or no bytes: an empty histogram.
     * Format 1: the byte {@code 1}, the number of non-empty bins, then per bin, lowest
     * first, the gap to the previous bin (the first from bin -1) and its count (zig-zag),
     * all as unsigned LEB128 varints. A bin of a typical API takes 2-3 bytes.
     */
    public static LatencyHistogram fromBytes(byte[] bytes) {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.addBytes(bytes);
        return histogram;
    }

    /**
     * Adds a serialised histogram to this one without building it first: what merging the
     * rows of a window does.
     */
    public void addBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return;
        }
        if (bytes[0] != FORMAT_1) {
            throw new IllegalArgumentException("Unknown latency sketch format " + bytes[0]);
        }
        int[] position = { 1 };
        long bins = readVarLong(bytes, position);
        int bin = -1;
        for (long b = 0; b < bins; b++) {
            bin += (int) readVarLong(bytes, position);
            add(bin, unZigZag(readVarLong(bytes, position)));
        }
        if (position[0] != bytes.length) {
            throw new IllegalArgumentException("Latency sketch has " + (bytes.length - position[0]) + " extra bytes");
        }
    }

    private void ensure(int bin) {
        if (counts.length == 0) {
            counts = new long[8];
            first = bin - 4;
            return;
        }
        int last = first + counts.length - 1;
        if (bin >= first && bin <= last) {
            return;
        }
        int newFirst = Math.min(first, bin);
        int newLast = Math.max(last, bin);
        // Room to grow on the side that grew, so that adding bins one by one stays
        // linear.
        int spare = Math.max(8, (newLast - newFirst + 1) / 2);
        if (bin < first) {
            newFirst -= spare;
        }
        else {
            newLast += spare;
        }
        long[] grown = new long[newLast - newFirst + 1];
        System.arraycopy(counts, 0, grown, first - newFirst, counts.length);
        counts = grown;
        first = newFirst;
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void writeVarLong(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long readVarLong(byte[] bytes, int[] position) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position[0] >= bytes.length) {
                throw new IllegalArgumentException("Latency sketch is truncated");
            }
            byte b = bytes[position[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("Latency sketch has a malformed number");
    }

}
