package io.plumbline.shared;

/**
 * Something that does not exist for the current tenant, whether or not it exists for
 * another.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

}
