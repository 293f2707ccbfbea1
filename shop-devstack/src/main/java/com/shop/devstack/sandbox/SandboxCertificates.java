package com.shop.devstack.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's development PKI, made anew at every start: a certificate authority, the server certificate of the
 * sandbox's {@code /secapi/} listener (127.0.0.1) and the merchant's client certificate, all issued by that authority.
 * The merchant's certificate and key are written as PKCS#12 protected by the merchant id (the platform's convention
 * for the certificate it issues a merchant), the authority's certificate as PEM, for the pay service to present and
 * to trust. Nothing here is trusted anywhere else.
 */
public final class SandboxCertificates {

    static final String MERCHANT_ALIAS = "merchant";
    private static final Duration VALIDITY = Duration.ofDays(30);
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate authority;
    private final KeyStore serverKeys;
    private final char[] serverPassword;
    private final KeyStore merchantKeys;
    private final Path merchantKeyStore;
    private final String merchantPassword;
    private final Path authorityPem;

    private SandboxCertificates(
            X509Certificate authority,
            KeyStore serverKeys,
            char[] serverPassword,
            KeyStore merchantKeys,
            Path merchantKeyStore,
            String merchantPassword,
            Path authorityPem) {
        this.authority = authority;
        this.serverKeys = serverKeys;
        this.serverPassword = serverPassword;
        this.merchantKeys = merchantKeys;
        this.merchantKeyStore = merchantKeyStore;
        this.merchantPassword = merchantPassword;
        this.authorityPem = authorityPem;
    }

    /** Issues the three certificates and writes the merchant's and the authority's into a new private folder. */
    static SandboxCertificates issue(MerchantAccount merchant) {
        try {
            Instant now = Instant.now();
            KeyPair authorityKeys = keyPair();
            X500Name authorityName = new X500Name("CN=shop payment sandbox development CA");
            X509Certificate authority = authorityCertificate(authorityName, authorityKeys, now);
            KeyPair serverPair = keyPair();
            X509Certificate server = leaf(
                    authorityName,
                    authorityKeys.getPrivate(),
                    new X500Name("CN=127.0.0.1"),
                    serverPair,
                    KeyPurposeId.id_kp_serverAuth,
                    now);
            KeyPair merchantPair = keyPair();
            X509Certificate client = leaf(
                    authorityName,
                    authorityKeys.getPrivate(),
                    new X500Name("CN=" + merchant.mchId()),
                    merchantPair,
                    KeyPurposeId.id_kp_clientAuth,
                    now);
            char[] serverPassword = randomPassword();
            KeyStore serverKeys = keyStore("server", serverPair.getPrivate(), serverPassword, server, authority);
            KeyStore merchantKeys = keyStore(
                    MERCHANT_ALIAS, merchantPair.getPrivate(), merchant.mchId().toCharArray(), client, authority);
            Path folder = privateFolder();
            Path merchantFile = folder.resolve("apiclient_cert.p12");
            try (OutputStream out = Files.newOutputStream(merchantFile)) {
                merchantKeys.store(out, merchant.mchId().toCharArray());
            }
            Path authorityFile = folder.resolve("sandbox-ca.pem");
            Files.writeString(authorityFile, pem(authority), StandardCharsets.US_ASCII);
            return new SandboxCertificates(
                    authority, serverKeys, serverPassword, merchantKeys, merchantFile, merchant.mchId(), authorityFile);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("the sandbox's development certificates cannot be issued", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TLS for the {@code /secapi/} listener: its own certificate, and only the authority's clients trusted. */
    SSLContext serverContext() {
        return context(serverKeys, serverPassword);
    }

    /** TLS as the merchant speaks it: its certificate presented, only the authority trusted (tests). */
    public SSLContext merchantContext() {
        return context(merchantKeys, merchantPassword.toCharArray());
    }

    /** TLS trusting the authority but presenting no certificate, as a client without the merchant's (tests). */
    public SSLContext anonymousContext() {
        try {
            KeyStore empty = KeyStore.getInstance("PKCS12");
            empty.load(null, null);
            return context(empty, new char[0]);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The merchant's certificate and key, PKCS#12. */
    public Path merchantKeyStore() {
        return merchantKeyStore;
    }

    /** The PKCS#12 password: the merchant id, as the platform issues it. */
    public String merchantKeyStorePassword() {
        return merchantPassword;
    }

    /** The development authority's certificate, PEM: what a client of the sandbox trusts. */
    public Path authorityPem() {
        return authorityPem;
    }

    X509Certificate authority() {
        return authority;
    }

    private SSLContext context(KeyStore keys, char[] password) {
        try {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, password);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("authority", authority);
            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), RANDOM);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("no TLS context from the sandbox's certificates", e);
        }
    }

    private static X509Certificate authorityCertificate(X500Name name, KeyPair keys, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X509v3CertificateBuilder builder = builder(name, name, keys, now)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(builder, keys.getPrivate());
    }

    private static X509Certificate leaf(
            X500Name issuer, PrivateKey issuerKey, X500Name subject, KeyPair keys, KeyPurposeId purpose, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X509v3CertificateBuilder builder = builder(issuer, subject, keys, now)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        if (purpose == KeyPurposeId.id_kp_serverAuth) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")
            }));
        }
        return sign(builder, issuerKey);
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Instant now) {
        return new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(VALIDITY)),
                subject,
                keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static KeyStore keyStore(String alias, PrivateKey key, char[] password, X509Certificate... chain)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, password, chain);
        return store;
    }

    private static Path privateFolder() throws IOException {
        Path folder = Files.createTempDirectory(
                "shop-payment-sandbox-tls-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        folder.toFile().deleteOnExit();
        folder.resolve("apiclient_cert.p12").toFile().deleteOnExit();
        folder.resolve("sandbox-ca.pem").toFile().deleteOnExit();
        return folder;
    }

    private static char[] randomPassword() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random).toCharArray();
    }

    private static String pem(Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
