package com.shop.orderweb.api;

import com.shop.api.OrderService;
import com.shop.api.VendingCatalogService;
import com.shop.api.VendingService;
import com.shop.common.web.security.AuthenticatedUser;
import com.shop.common.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "vending")
@RestController
@RequestMapping("/api/vending")
public class VendingController {

    private final VendingService vending;
    private final VendingCatalogService catalog;
    private final OrderService orders;

    public VendingController(VendingService vending, VendingCatalogService catalog, OrderService orders) {
        this.vending = vending;
        this.catalog = catalog;
        this.orders = orders;
    }

    @Operation(summary = "The vending machines")
    @GetMapping("/machines")
    public List<MachineResponse> machines() {
        return vending.listMachines().stream().map(MachineResponse::of).toList();
    }

    @Operation(
            summary = "What a machine sells now",
            description = "Per goods: the units of the machine's channels summed and the lowest channel price, most "
                    + "units first; empty channels are left out.")
    @ApiResponse(responseCode = "200", description = "the machine's goods")
    @ApiResponse(
            responseCode = "404",
            description = "MACHINE_NOT_FOUND",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/machines/{innerCode}/goods")
    public List<MachineGoodsResponse> machineGoods(@Parameter(example = "01000028") @PathVariable String innerCode) {
        return vending.listMachineGoods(innerCode).stream()
                .map(MachineGoodsResponse::of)
                .toList();
    }

    @Operation(
            summary = "One goods at a machine, channel by channel",
            description = "The goods with its catalogue price, the machine's address, and every channel of the machine "
                    + "holding the goods with its own price and units (0 when sold out), by channel code.")
    @ApiResponse(responseCode = "200", description = "the goods at the machine")
    @ApiResponse(
            responseCode = "404",
            description = "MACHINE_NOT_FOUND, or GOODS_NOT_FOUND: no channel of the " + "machine holds the goods",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/machines/{innerCode}/goods/{goodsId}")
    public MachineGoodsDetailResponse machineGoodsDetail(
            @Parameter(example = "01000028") @PathVariable String innerCode,
            @Parameter(example = "2001") @PathVariable long goodsId) {
        return MachineGoodsDetailResponse.of(catalog.machineGoodsDetail(innerCode, goodsId));
    }

    @Operation(
            summary = "Buy one unit from a machine",
            description = "Confirms an order of one unit at the machine's price, without shipping fee, and takes the "
                    + "machine for it: pay it at the pay API, and the machine dispenses it once paid. A machine "
                    + "dispensing for someone else answers MACHINE_BUSY before anything is paid.")
    @ApiResponse(
            responseCode = "201",
            description = "the confirmed order, innerCode naming the machine",
            headers = @Header(name = "Location", description = "/api/orders/{orderId}"))
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: no or a malformed innerCode or goodsId",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "MACHINE_NOT_FOUND, or GOODS_NOT_FOUND: the machine has no such goods",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "MACHINE_BUSY, STOCK_INSUFFICIENT (sold out) or PRICE_MISMATCH (the "
                    + "price changed meanwhile); orderId names the cancelled order when one was created",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping("/orders")
    public ResponseEntity<OrderResponse> order(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Valid @RequestBody VendingOrderBody order) {
        OrderResponse confirmed = OrderResponse.of(orders.confirmVendingOrder(caller.userId(), order.toRequest()));
        return ResponseEntity.created(URI.create("/api/orders/" + confirmed.orderId()))
                .body(confirmed);
    }
}
