package io.plumbline.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedUploadTest {

    @Test
    void reading_stops_one_byte_past_the_limit_of_an_endless_stream() throws IOException {
        EndlessStream twentyMegabytesAndMore = new EndlessStream();

        assertThat(BoundedUpload.readAtMost(twentyMegabytesAndMore, 512 * 1024)).isEmpty();
        assertThat(twentyMegabytesAndMore.read).isEqualTo(512 * 1024 + 1);
    }

    @Test
    void a_file_of_exactly_the_limit_is_read_whole() throws IOException {
        byte[] file = new byte[1024];

        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(file), 1024))
            .hasValueSatisfying(bytes -> assertThat(bytes).hasSize(1024));
    }

    @Test
    void sizes_are_rounded_up_so_a_file_over_the_limit_never_reads_as_the_limit() {
        assertThat(BoundedUpload.size(812)).isEqualTo("812 bytes");
        assertThat(BoundedUpload.size(512 * 1024)).isEqualTo("512 KB");
        assertThat(BoundedUpload.size(512 * 1024 + 1)).isEqualTo("513 KB");
        assertThat(BoundedUpload.size(20 * 1024 * 1024)).isEqualTo("20.0 MB");
        assertThat(BoundedUpload.size(20 * 1024 * 1024 + 1)).isEqualTo("20.1 MB");
    }

    /** Counts what was read; never ends. */
    private static final class EndlessStream extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            return length;
        }

    }

}
