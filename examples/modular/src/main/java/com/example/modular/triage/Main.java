package com.example.modular.triage;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import java.util.List;

/** Uses a type of each tcpivot module: the runtime, its generated SDK, the spec and the sandbox. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println(SpecLoader.builtIn().getClass().getSimpleName());
    try (Sandbox sandbox = Sandbox.start()) {
      ThreatConnect tc = ThreatConnect.builder()
          .baseUrl(sandbox.baseUrl())
          .hmac(sandbox.accessId(), sandbox.secretKey())
          .build();
      Group campaign = tc.groups().create(GroupCreate.campaign("Spring 2026").build());
      System.out.println(tc.create(HostLinks.class).attachHosts(campaign.id(), List.of("badguy.com")));
    }
  }
}
