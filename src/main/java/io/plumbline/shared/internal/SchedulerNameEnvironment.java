package io.plumbline.shared.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives this node's db-scheduler a name of its own, host and process id
 * ({@code web-1#4711}), unless {@code db-scheduler.scheduler-name} is set. db-scheduler's
 * default is the host name alone: two nodes on one host (or containers sharing a host
 * name) wrote the same {@code picked_by}, so nobody could tell which node held an
 * execution.
 */
public class SchedulerNameEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY = "db-scheduler.scheduler-name";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        // Last in order: any configured name (file, environment, command line) wins over
        // this default.
        environment.getPropertySources()
            .addLast(new MapPropertySource("plumbline-scheduler-name",
                    Map.of(PROPERTY, nodeName(hostName(), ProcessHandle.current().pid()))));
    }

    static String nodeName(String host, long pid) {
        return host + "#" + pid;
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

}
