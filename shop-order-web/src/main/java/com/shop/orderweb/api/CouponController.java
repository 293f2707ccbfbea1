package com.shop.orderweb.api;

import com.shop.api.CouponService;
import com.shop.common.web.security.AuthenticatedUser;
import com.shop.common.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "coupons")
@RestController
@RequestMapping("/api/coupons")
public class CouponController {

    private final CouponService coupons;

    public CouponController(CouponService coupons) {
        this.coupons = coupons;
    }

    @Operation(summary = "The caller's coupons, used and unused")
    @GetMapping
    public List<CouponResponse> mine(@Parameter(hidden = true) @CurrentUser AuthenticatedUser caller) {
        return coupons.listCoupons(caller.userId()).stream()
                .map(CouponResponse::of)
                .toList();
    }
}
