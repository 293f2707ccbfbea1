package com.shop.pojo.user;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A user's public profile and account: never the password hash. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class UserView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long userId;
    private String userName;
    private String userMobile;
    private Integer userScore;
    private BigDecimal userMoney;
    private Date userRegTime;
    /** What the user may do: a shopper unless made an operator in the user database. */
    private UserRole role;
}
