/**
 * Small building blocks every module may use: the errors callers catch
 * ({@code InvalidInputException}, {@code NotFoundException}), secrets and their cipher,
 * the database dialect, retry schedules and send claims for outboxes, CSV export and UI
 * layout pieces. The module owns no tables; it is OPEN, so its root, {@code csv} and
 * {@code ui} packages are all API, and only the clock and database wiring live in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.plumbline.shared;
