package com.shop.common.persistence;

import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo data migrations, loaded on top of the schema where enabled (by default in development mode only). */
@Data
@ConfigurationProperties("shop.demo-data")
public class DemoDataProperties {

    private boolean enabled;
    /** Flyway locations of the demo data, e.g. classpath:db/demo/goods. */
    private List<String> locations = new ArrayList<>();
}
