package org.example.untrusted;

import java.io.Serializable;

/** A serializable class outside the allow list, standing for a gadget an attacker would send. */
public class UntrustedPayload implements Serializable {
    public String command = "rm -rf /";
}
