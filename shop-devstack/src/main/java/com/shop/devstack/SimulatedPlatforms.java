package com.shop.devstack;

import com.shop.check.ShopDatabases;
import com.shop.devstack.checker.CheckerServer;
import com.shop.devstack.sandbox.MerchantAccount;
import com.shop.devstack.sandbox.PaymentSandbox;
import com.shop.devstack.vending.MachineSimulator;
import com.shop.infra.ServerGroup;
import java.util.List;

/**
 * The outside world the suite talks to, simulated beside the infrastructure: the vending machines (clients of an MQTT
 * broker, so started once it runs) and the payment platforms' sandbox; with them, the invariant checker's verdict over
 * HTTP, another development endpoint the web console calls.
 */
final class SimulatedPlatforms {

    private final MachineSimulator machineSimulator;
    private final PaymentSandbox paymentSandbox;
    private final CheckerServer checker;
    private final ServerGroup servers;

    /**
     * @param machineBrokerUrl the MQTT broker the simulated machines connect to: the one the goods service uses
     * @param sandboxNotifyScale what the payment platform's notification retry intervals are multiplied by
     * @param console the web console's origins, whose pages may call the control endpoints
     * @param databases the service databases the checker reads
     */
    SimulatedPlatforms(
            DevStackPorts ports,
            String machineBrokerUrl,
            double sandboxNotifyScale,
            ConsoleCors console,
            ShopDatabases databases) {
        this.machineSimulator = new MachineSimulator(
                ports.machineSimulator(), machineBrokerUrl, MachineSimulator.DEFAULT_ANSWER_DELAY, console);
        MachineSimulator.DEMO_MACHINES.forEach(machineSimulator::switchOn);
        this.paymentSandbox =
                new PaymentSandbox(ports.paymentSandbox(), MerchantAccount.DEVELOPMENT, sandboxNotifyScale, console);
        this.checker = new CheckerServer(ports.checker(), databases, console);
        this.servers = new ServerGroup(List.of(machineSimulator, paymentSandbox, checker));
    }

    void start() {
        servers.start();
    }

    void stop() {
        servers.stop();
    }

    MachineSimulator machineSimulator() {
        return machineSimulator;
    }

    PaymentSandbox paymentSandbox() {
        return paymentSandbox;
    }

    CheckerServer checker() {
        return checker;
    }
}
