package io.plumbline.ingestion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the machine API ({@code /api/v1}, API-key authenticated): its
 * errors become problem details (not-found, invalid-input, unsupported-media-type,
 * internal-error) like every other endpoint's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MachineApi {

}
