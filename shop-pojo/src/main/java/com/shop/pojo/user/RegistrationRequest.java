package com.shop.pojo.user;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;
import lombok.ToString;

/** A new account asked for: the password in clear, over the suite's own Dubbo traffic only, hashed on arrival. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class RegistrationRequest implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String userName;

    @ToString.Exclude
    private String password;
    /** Optional. */
    private String userMobile;
}
