package io.plumbline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogoTest {

    private static final byte[] PNG_HEADER = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0 };

    private static final byte[] JPEG_HEADER = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0 };

    @Test
    void png_and_jpeg_are_recognised_by_their_content() {
        assertThat(Logo.of(PNG_HEADER, "image/png").contentType()).isEqualTo("image/png");
        assertThat(Logo.of(JPEG_HEADER, null).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void svg_is_refused_even_when_declared_as_an_image() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes();

        assertThatThrownBy(() -> Logo.of(svg, "image/svg+xml"))
            .hasMessage("Only PNG or JPEG images are accepted (the file's content is not one of them).");
    }

    @Test
    void declared_type_must_match_the_content() {
        assertThatThrownBy(() -> Logo.of(PNG_HEADER, "image/jpeg"))
            .hasMessage("The file says it is image/jpeg but its content is image/png.");
    }

    @Test
    void logos_over_the_limit_say_how_large_they_are() {
        byte[] large = new byte[Logo.MAX_BYTES + 2048];
        System.arraycopy(PNG_HEADER, 0, large, 0, PNG_HEADER.length);

        assertThatThrownBy(() -> Logo.of(large, "image/png")).hasMessage("The logo is 514 KB; the limit is 512 KB.");
    }

    @Test
    void empty_files_are_refused() {
        assertThatThrownBy(() -> Logo.of(new byte[0], "image/png")).hasMessage("The file is empty.");
    }

}
