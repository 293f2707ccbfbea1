package com.shop.devstack;

import com.shop.devstack.sandbox.AlipaySandbox;
import com.shop.infra.EmbeddedMariaDb;
import com.shop.infra.EmbeddedZooKeeper;
import com.shop.infra.Infrastructure;
import java.util.Locale;

/** What {@code ./shop up} prints once everything is ready: where to go, how to log in, where things are. */
final class ReadyBanner {

    private ReadyBanner() {}

    /** Where the instances beyond the first listen, one line each; nothing when there is one of each. */
    private static String moreInstances(DevStack stack) {
        StringBuilder text = new StringBuilder();
        for (ServiceProcess instance : stack.moreInstances()) {
            text.append(text.length() == 0 ? "  Instances   " : "              ")
                    .append(instance.name())
                    .append(" http://127.0.0.1:")
                    .append(instance.httpPort())
                    .append('\n');
        }
        return text.length() == 0 ? "" : text.append('\n').toString();
    }

    static String of(DevStack stack) {
        StringBuilder text = new StringBuilder();
        Infrastructure infrastructure = stack.infrastructure();
        DevStackPorts ports = stack.options().ports();
        boolean applications = !stack.options().applications().isEmpty();
        text.append('\n')
                .append(applications ? "shop is up" : "shop infrastructure is up")
                .append(" in ")
                .append(String.format(Locale.ROOT, "%.1f s", stack.startupTime().toMillis() / 1000.0))
                .append("\n\n");
        if (applications) {
            String orderWeb = stack.orderWebUrl();
            String payWeb = stack.payWebUrl();
            text.append("  Web console ")
                    .append(orderWeb)
                    .append("/\n")
                    .append("  Order web   ")
                    .append(orderWeb)
                    .append('\n')
                    .append(
                            "              POST /api/auth/login   GET /api/users/me   GET /api/goods   GET /api/coupons\n")
                    .append("              POST /api/orders   GET /api/orders   GET /api/orders/{id}")
                    .append("   POST /api/orders/{id}/cancel\n")
                    .append("              GET /api/vending/machines   GET /api/vending/machines/{innerCode}/goods")
                    .append("   POST /api/vending/orders\n")
                    .append("              API docs ")
                    .append(orderWeb)
                    .append("/swagger-ui.html\n")
                    .append("  Pay web     ")
                    .append(payWeb)
                    .append('\n')
                    .append("              POST /api/payments   GET /api/payments/{id}\n")
                    .append(
                            "              POST /pay/notify/wechat, /pay/notify/alipay   (the payment platforms' notifications)\n\n")
                    .append(moreInstances(stack))
                    .append("  Demo logins alice / shop-demo, bob / shop-demo; operator admin / shop-admin\n")
                    .append("  Try         curl -s -X POST ")
                    .append(orderWeb)
                    .append(
                            "/api/auth/login -H 'Content-Type: application/json' -d '{\"username\":\"alice\",\"password\":\"shop-demo\"}'\n\n");
        } else {
            text.append("  Start the applications from your IDE: their defaults point at these addresses.\n\n");
        }
        String sandbox = stack.paymentSandbox().baseUrl();
        String machines = stack.machineSimulator().baseUrl();
        text.append("  ZooKeeper   ")
                .append(infrastructure.zooKeeper().address())
                // the suite's nodes carry a digest ACL: a client sees them only with the development credentials
                .append("   (zkCli: addauth digest ")
                .append(EmbeddedZooKeeper.USERNAME)
                .append(':')
                .append(EmbeddedZooKeeper.PASSWORD)
                .append(")\n")
                .append("  RocketMQ    name server ")
                .append(infrastructure.rocketMq().namesrvAddress())
                .append("   (broker ")
                .append(infrastructure.rocketMq().brokerAddress())
                .append(")\n")
                .append("  MariaDB     mysql -h 127.0.0.1 -P ")
                .append(ports.mariaDb())
                .append(" -u root   (")
                .append(String.join(", ", EmbeddedMariaDb.DATABASES))
                .append(")\n")
                .append("              ")
                .append(infrastructure.jdbcUrl("shop_order").replaceFirst("\\?.*", ""))
                .append('\n')
                .append("  MQTT        ")
                .append(infrastructure.mqtt().url())
                .append('\n')
                .append("  Vending     ")
                .append(machines)
                .append("   (machine simulator; GET /simulator/machines, GET /simulator/dispenses/{orderId})\n")
                .append("              fail: curl -X POST \"")
                .append(machines)
                .append("/simulator/machines/01000028/mode?mode=fail\"   (silent, succeed; POST /simulator/reset)\n")
                .append("  Pay sandbox ")
                .append(sandbox)
                .append("   (WeChat Pay v2; GET /sandbox/trades)\n")
                .append("              pay: curl -X POST \"")
                .append(sandbox)
                .append("/sandbox/pay?code_url=<codeUrl from POST /api/payments>\"\n")
                .append("  Alipay      ")
                .append(sandbox)
                .append(AlipaySandbox.PREFIX)
                .append("/gateway.do   (its sandbox; GET /alipay/sandbox/trades)\n")
                .append("              pay: curl -X POST \"")
                .append(sandbox)
                .append(AlipaySandbox.PREFIX)
                .append("/sandbox/pay?qr_code=<codeUrl from POST /api/payments with channel ALIPAY>\"\n")
                .append("  Checker     ")
                .append(stack.invariantChecker().verdictUrl())
                .append("   (./shop check's verdict on these databases, JSON; ?quiet=true as --quiet)\n")
                .append("  Logs        ")
                .append(infrastructure.directories().logs())
                .append("\n\n")
                .append("Ctrl-C stops everything (or ./shop down from another terminal).\n");
        return text.toString();
    }
}
