package com.shop.pay.gateway;

import com.shop.pay.domain.PaymentGatewayException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS of certificate-guarded calls: the merchant's PKCS#12 certificate presented (mutual TLS), the JDK's trusted
 * authorities plus, in development mode only, the one named by {@code trust-ca-path} (the sandbox's CA). Only the
 * refund's HTTP client uses it; every other call keeps the JDK's defaults.
 */
final class MerchantTls {

    private MerchantTls() {}

    /**
     * @throws IllegalStateException a development CA outside development mode, or a certificate that cannot be read:
     *                               refused at startup, not at the first refund
     */
    static SSLContext context(WechatRefundProperties refund, String mchId, boolean developmentMode) {
        requireDevelopmentTrustAllowed(refund, developmentMode);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(refund, mchId).getKeyManagers(), trustManagers(refund.getTrustCaPath()), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(
                    "the merchant certificate " + refund.getCertPath() + " (SHOP_WXPAY_CERT_PATH) cannot be used: "
                            + e.getMessage(),
                    e);
        }
    }

    /** @throws IllegalStateException a development CA is trusted outside development mode */
    static void requireDevelopmentTrustAllowed(WechatRefundProperties refund, boolean developmentMode) {
        if (!refund.getTrustCaPath().isBlank() && !developmentMode) {
            throw new IllegalStateException("shop.pay.wechat.refund.trust-ca-path (SHOP_WXPAY_TRUST_CA_PATH) trusts a"
                    + " development CA and is refused outside development mode (SHOP_DEV_MODE)");
        }
    }

    private static KeyManagerFactory keyManagers(WechatRefundProperties refund, String mchId)
            throws GeneralSecurityException, IOException {
        char[] password = (refund.getCertPassword().isEmpty() ? mchId : refund.getCertPassword()).toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(refund.getCertPath()))) {
            keys.load(in, password);
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, password);
        return factory;
    }

    private static TrustManager[] trustManagers(String trustCaPath) throws GeneralSecurityException, IOException {
        if (trustCaPath.isBlank()) {
            return null;
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        List<X509Certificate> defaults = new ArrayList<>(List.of(jdkDefaults().getAcceptedIssuers()));
        for (int i = 0; i < defaults.size(); i++) {
            trusted.setCertificateEntry("jdk-" + i, defaults.get(i));
        }
        try (InputStream in = Files.newInputStream(Path.of(trustCaPath))) {
            trusted.setCertificateEntry(
                    "development-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return factory.getTrustManagers();
    }

    private static X509TrustManager jdkDefaults() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new PaymentGatewayException("the JDK has no X.509 trust manager");
    }
}
