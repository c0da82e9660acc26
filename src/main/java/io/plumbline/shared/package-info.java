/** Small building blocks every module may use: errors, clocks, UI layout pieces. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.plumbline.shared;
