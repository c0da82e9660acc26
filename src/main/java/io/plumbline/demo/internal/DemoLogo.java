package io.plumbline.demo.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a simple word-mark logo for demo agencies and clients, so branding shows without
 * stock images.
 */
final class DemoLogo {

    private DemoLogo() {
    }

    static byte[] png(String initials, String word, String hexColour) {
        int width = 360;
        int height = 96;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color colour = Color.decode(hexColour);
            g.setColor(colour);
            g.fillRoundRect(4, 8, 80, 80, 22, 22);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            int initialsWidth = g.getFontMetrics().stringWidth(initials);
            g.drawString(initials, 44 - initialsWidth / 2, 62);
            g.setColor(colour.darker());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
            g.drawString(word, 100, 62);
        }
        finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
