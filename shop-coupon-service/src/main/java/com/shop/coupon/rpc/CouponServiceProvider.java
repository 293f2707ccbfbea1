package com.shop.coupon.rpc;

import com.shop.api.CouponService;
import com.shop.api.ServiceVersions;
import com.shop.coupon.application.CouponRedemption;
import com.shop.coupon.application.CouponWallet;
import com.shop.coupon.domain.Coupon;
import com.shop.pojo.coupon.CouponView;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the coupon capability: maps between the wire types and the application services. */
@DubboService(version = ServiceVersions.V1)
public class CouponServiceProvider implements CouponService {

    private final CouponWallet wallet;
    private final CouponRedemption redemption;

    public CouponServiceProvider(CouponWallet wallet, CouponRedemption redemption) {
        this.wallet = wallet;
        this.redemption = redemption;
    }

    @Override
    public CouponView getCoupon(long userId, long couponId) {
        return toView(wallet.getCoupon(userId, couponId));
    }

    @Override
    public List<CouponView> listCoupons(long userId) {
        return wallet.listCoupons(userId).stream()
                .map(CouponServiceProvider::toView)
                .toList();
    }

    @Override
    public void useCoupon(long orderId, long userId, long couponId) {
        redemption.useCoupon(orderId, userId, couponId);
    }

    @Override
    public boolean releaseCoupon(long orderId, long couponId) {
        return redemption.releaseCoupon(orderId, couponId);
    }

    private static CouponView toView(Coupon coupon) {
        return CouponView.builder()
                .couponId(coupon.getCouponId())
                .userId(coupon.getUserId())
                .couponPrice(coupon.getCouponPrice())
                .used(coupon.isUsed())
                .orderId(coupon.getOrderId())
                .usedTime(coupon.getUsedTime())
                .build();
    }
}
