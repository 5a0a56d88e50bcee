package ir.shenava.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans the whole application shares; scheduled jobs switch themselves on by their own properties. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    /** Time always comes from here so that tests can move it. */
    @Bean
    Clock clock(@Value("${shenava.time-zone:Asia/Tehran}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    PublicEndpoints platformPublicEndpoints() {
        return PublicEndpoints.of("/webjars/**", "/assets/**", "/favicon.ico",
                "/error", "/error/**", "/actuator/health", "/actuator/health/**", "/lang");
    }
}
