package com.shop.common.id;

import java.time.Duration;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where worker ids are leased. */
@Data
@ConfigurationProperties("shop.id-generator")
public class IdGeneratorProperties {

    /** Services that mint ids switch this on. */
    private boolean enabled;
    /** ZooKeeper connect string (host:port,host:port). */
    private String zookeeperAddress = "127.0.0.1:12181";
    /** Parent node of the leased worker ids. */
    private String leaseRoot = "/shop/id-workers";

    private Duration sessionTimeout = Duration.ofSeconds(15);
    private Duration connectionTimeout = Duration.ofSeconds(10);
}
