package com.shop.orderweb.api;

import com.shop.api.VendingAdminService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The back office's view of the vending machines, for operators only (the security of /api/admin/**). */
@Tag(name = "admin")
@RestController
@RequestMapping("/api/admin/machines")
public class AdminMachineController {

    private final VendingAdminService machines;

    public AdminMachineController(VendingAdminService machines) {
        this.machines = machines;
    }

    @Operation(summary = "Every machine with the order holding its lease and all its channels")
    @ApiResponse(responseCode = "200", description = "the machines by inner code")
    @ApiResponse(
            responseCode = "403",
            description = "FORBIDDEN: the token is not an operator's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping
    public List<MachineStateResponse> machines() {
        return machines.listMachineStates().stream()
                .map(MachineStateResponse::of)
                .toList();
    }
}
