package com.shop.common.persistence;

import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo data migrations, loaded on top of the schema where enabled (the default for a local stack). */
@Data
@ConfigurationProperties("shop.demo-data")
public class DemoDataProperties {

    private boolean enabled = true;
    /** Flyway locations of the demo data, e.g. classpath:db/demo/goods. */
    private List<String> locations = new ArrayList<>();
}
