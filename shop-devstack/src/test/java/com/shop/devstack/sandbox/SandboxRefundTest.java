package com.shop.devstack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Refunds at the sandbox: over mutual TLS only, looked up by refund query, notified encrypted. */
class SandboxRefundTest extends SandboxTestBase {

    @Test
    void theMerchantsCertificateIsWrittenAsPkcs12UnderItsMerchantId() throws Exception {
        SandboxCertificates certificates = sandbox.certificates();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(certificates.merchantKeyStore())) {
            store.load(in, MERCHANT.mchId().toCharArray());
        }
        assertThat(certificates.merchantKeyStorePassword()).isEqualTo(MERCHANT.mchId());
        assertThat(store.isKeyEntry(SandboxCertificates.MERCHANT_ALIAS)).isTrue();
        assertThat(Files.readString(certificates.authorityPem())).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(sandbox.secapiBaseUrl()).startsWith("https://127.0.0.1:");
    }

    @Test
    void aRefundOverMutualTlsIsMadeAndNotifiedEncrypted() throws Exception {
        String outTradeNo = paidTrade(1000);

        Map<String, String> refunded = merchant.refund(outTradeNo, "R1", 1000, 1000, receiver.url() + "/refund");

        assertThat(refunded).containsEntry("result_code", "SUCCESS").containsEntry("out_refund_no", "R1");
        Map<String, String> notification = receiver.next(SOON);
        assertThat(notification)
                .containsEntry("return_code", "SUCCESS")
                .containsEntry("mch_id", MERCHANT.mchId())
                .doesNotContainKey("sign");
        String details = decrypt(notification.get("req_info"));
        assertThat(details)
                .startsWith("<root>")
                .contains("<out_refund_no><![CDATA[R1]]></out_refund_no>")
                .contains("<refund_status><![CDATA[SUCCESS]]></refund_status>")
                .contains("<refund_id><![CDATA[" + refunded.get("refund_id") + "]]></refund_id>");
        assertThat(merchant.refundQuery("R1"))
                .containsEntry("result_code", "SUCCESS")
                .containsEntry("refund_count", "1")
                .containsEntry("out_refund_no_0", "R1")
                .containsEntry("refund_fee_0", "1000")
                .containsEntry("refund_status_0", "SUCCESS")
                .containsEntry("refund_id_0", refunded.get("refund_id"));
    }

    @Test
    void aClientWithoutTheMerchantsCertificateFailsTheHandshake() throws Exception {
        String outTradeNo = paidTrade(500);
        MerchantClient anonymous =
                new MerchantClient(sandbox, MERCHANT, sandbox.certificates().anonymousContext());

        assertThatThrownBy(() -> anonymous.refund(outTradeNo, "R1", 500, 500))
                .isInstanceOf(IllegalStateException.class);
        assertThat(merchant.refundQuery("R1")).containsEntry("err_code", "REFUNDNOTEXIST");
    }

    @Test
    void aCertificateOfAnotherAuthorityFailsTheHandshake() throws Exception {
        String outTradeNo = paidTrade(500);
        SandboxCertificates foreign = SandboxCertificates.issue(MERCHANT);
        MerchantClient stranger = new MerchantClient(sandbox, MERCHANT, foreign.merchantContext());

        assertThatThrownBy(() -> stranger.refund(outTradeNo, "R1", 500, 500)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRefundIsNotOnThePlainListener() {
        assertThat(merchant.post("/secapi/pay/refund", "<xml/>").statusCode()).isEqualTo(404);
    }

    @Test
    void aRefundThePlatformCouldNotMakeIsReportedSoAndRefundsNothing() throws Exception {
        String outTradeNo = paidTrade(800);
        assertThat(merchant.control("/sandbox/refunds/outcome?out_trade_no=" + outTradeNo + "&refund_status=CHANGE")
                        .statusCode())
                .isEqualTo(200);

        assertThat(merchant.refund(outTradeNo, "R9", 800, 800, receiver.url() + "/refund"))
                .containsEntry("result_code", "SUCCESS");

        assertThat(decrypt(receiver.next(SOON).get("req_info"))).contains("<refund_status><![CDATA[CHANGE]]>");
        assertThat(merchant.refundQuery("R9"))
                .containsEntry("refund_status_0", "CHANGE")
                .doesNotContainKey("refund_success_time_0");
        assertThat(merchant.query(outTradeNo)).containsEntry("trade_state", "SUCCESS");
        assertThat(merchant.control("/sandbox/refunds/outcome?out_trade_no=" + outTradeNo + "&refund_status=MAYBE")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void anUnknownRefundIsNotFound() {
        assertThat(merchant.refundQuery("nope"))
                .containsEntry("result_code", "FAIL")
                .containsEntry("err_code", "REFUNDNOTEXIST");
    }

    private static String decrypt(String reqInfo) throws Exception {
        byte[] key = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("MD5").digest(MERCHANT.key().getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.US_ASCII);
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
        return new String(cipher.doFinal(Base64.getDecoder().decode(reqInfo)), StandardCharsets.UTF_8);
    }
}
