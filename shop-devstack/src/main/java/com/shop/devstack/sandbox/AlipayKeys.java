package com.shop.devstack.sandbox;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The development keys of the Alipay sandbox, made when it is created: the merchant's key pair (the pay service signs
 * its requests with the private key, the sandbox checks them with the public one) and the platform's (the sandbox
 * signs its answers and notifications, the pay service checks them with the public one). Both are RSA 2048, written
 * as Alipay's key tool writes them: Base64 of PKCS#8 (private) and of X.509 SubjectPublicKeyInfo (public).
 */
public final class AlipayKeys {

    private final KeyPair merchant;
    private final KeyPair platform;

    private AlipayKeys(KeyPair merchant, KeyPair platform) {
        this.merchant = merchant;
        this.platform = platform;
    }

    static AlipayKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new AlipayKeys(generator.generateKeyPair(), generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no RSA", e);
        }
    }

    /** What the merchant signs with: {@code SHOP_ALIPAY_PRIVATE_KEY}. */
    public String merchantPrivateKey() {
        return Base64.getEncoder().encodeToString(merchant.getPrivate().getEncoded());
    }

    /** What the platform checks the merchant's signatures with. */
    public String merchantPublicKey() {
        return Base64.getEncoder().encodeToString(merchant.getPublic().getEncoded());
    }

    /** What the merchant checks the platform's signatures with: {@code SHOP_ALIPAY_PUBLIC_KEY}. */
    public String platformPublicKey() {
        return Base64.getEncoder().encodeToString(platform.getPublic().getEncoded());
    }

    KeyPair merchant() {
        return merchant;
    }

    KeyPair platform() {
        return platform;
    }

    @Override
    public String toString() {
        // the private keys stay out of logs
        return "AlipayKeys[RSA 2048]";
    }
}
