package com.shop.devstack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WxPayXmlTest {

    @Test
    void roundTripsFieldsInCdata() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "SUCCESS");
        fields.put("body", "牙刷 <2> & \"more\" ]]> end");
        fields.put("total_fee", "1000");

        String xml = WxPayXml.write(fields);

        assertThat(xml).startsWith("<xml><return_code><![CDATA[SUCCESS]]></return_code>");
        assertThat(WxPayXml.parse(xml)).containsExactlyEntriesOf(fields);
    }

    @Test
    void readsPlainTextFieldsToo() {
        assertThat(WxPayXml.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n  <total_fee>1</total_fee>\n"
                        + "  <sign_type><![CDATA[MD5]]></sign_type>\n</xml>"))
                .containsExactly(Map.entry("total_fee", "1"), Map.entry("sign_type", "MD5"));
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><body>&secret;</body></xml>";

        assertThatThrownBy(() -> WxPayXml.parse(xxe))
                .isInstanceOf(MalformedXmlException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesEntityExpansion() {
        String bomb = "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<xml><body>&b;</body></xml>";

        assertThatThrownBy(() -> WxPayXml.parse(bomb))
                .isInstanceOf(MalformedXmlException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesWhatIsNotTheFlatMessage() {
        assertThatThrownBy(() -> WxPayXml.parse("not xml")).isInstanceOf(MalformedXmlException.class);
        assertThatThrownBy(() -> WxPayXml.parse("<root><a>1</a></root>")).hasMessageContaining("<xml>");
        assertThatThrownBy(() -> WxPayXml.parse("<xml><a>1</a><a>2</a></xml>")).hasMessageContaining("twice");
        assertThatThrownBy(() -> WxPayXml.parse("<xml><a><b>1</b></a></xml>")).hasMessageContaining("not flat");
    }
}
