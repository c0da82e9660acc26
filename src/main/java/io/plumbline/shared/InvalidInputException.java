package io.plumbline.shared;

/**
 * Input a service refuses, naming the field so that a form or an API error can point at
 * it.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

}
