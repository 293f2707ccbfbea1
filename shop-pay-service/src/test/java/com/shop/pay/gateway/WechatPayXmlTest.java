package com.shop.pay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WechatPayXmlTest {

    @Test
    void readsCdataAndPlainFields() {
        Map<String, String> fields = WechatPayXml.parse("<xml><return_code><![CDATA[SUCCESS]]></return_code>"
                + "<total_fee>101</total_fee><attach><![CDATA[店铺 & <co>]]></attach></xml>");

        assertThat(fields)
                .containsExactly(
                        Map.entry("return_code", "SUCCESS"),
                        Map.entry("total_fee", "101"),
                        Map.entry("attach", "店铺 & <co>"));
    }

    @Test
    void writesWhatItReads() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", "a ]]> b & <c>");
        fields.put("total_fee", "1");

        assertThat(WechatPayXml.parse(WechatPayXml.write(fields))).isEqualTo(fields);
    }

    @Test
    void refusesExternalEntities(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the secret");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<xml><return_code>&xxe;</return_code></xml>";

        assertThatThrownBy(() -> WechatPayXml.parse(xxe))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("the secret");
    }

    @Test
    void refusesEntityExpansionAndAnyDoctype() {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<xml><x>&c;</x></xml>";

        assertThatThrownBy(() -> WechatPayXml.parse(billionLaughs)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WechatPayXml.parse("<!DOCTYPE xml><xml/>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatIsNotAFlatXmlDocument() {
        assertThatThrownBy(() -> WechatPayXml.parse("not xml at all")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WechatPayXml.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WechatPayXml.parse("<root><a>1</a></root>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
