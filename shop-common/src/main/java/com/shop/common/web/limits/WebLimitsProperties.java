package com.shop.common.web.limits;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Limits of the HTTP edge. */
@Data
@ConfigurationProperties("shop.web")
public class WebLimitsProperties {

    /** Largest request body accepted; shopper requests are a few hundred bytes, payment notifications about 1 KB. */
    private DataSize maxRequestBody = DataSize.ofKilobytes(16);
}
