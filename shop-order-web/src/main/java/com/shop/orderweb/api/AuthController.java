package com.shop.orderweb.api;

import com.shop.api.RegistrationPolicy;
import com.shop.api.UserRegistrationService;
import com.shop.api.UserService;
import com.shop.api.exception.AuthenticationFailedException;
import com.shop.common.web.security.JwtTokenIssuer;
import com.shop.common.web.security.JwtTokenIssuer.IssuedToken;
import com.shop.common.web.security.LoginThrottle;
import com.shop.common.web.security.RegistrationThrottle;
import com.shop.pojo.user.RegistrationRequest;
import com.shop.pojo.user.UserRole;
import com.shop.pojo.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "auth")
@RestController
@RequestMapping("/api/auth")
public class AuthController {

    private final UserService users;
    private final UserRegistrationService registration;
    private final JwtTokenIssuer tokens;
    private final LoginThrottle throttle;
    private final RegistrationThrottle signUps;

    public AuthController(
            UserService users,
            UserRegistrationService registration,
            JwtTokenIssuer tokens,
            LoginThrottle throttle,
            RegistrationThrottle signUps) {
        this.users = users;
        this.registration = registration;
        this.tokens = tokens;
        this.throttle = throttle;
        this.signUps = signUps;
    }

    @Operation(summary = "Log in and get a bearer token")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "logged in")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: username or password missing",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "401",
            description = "AUTHENTICATION_FAILED: unknown user name or wrong password",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "429",
            description = "TOO_MANY_LOGIN_ATTEMPTS: too many failed logins of this user "
                    + "name or from this address lately; Retry-After says when to try again",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping("/login")
    public LoginResponse login(@Valid @RequestBody LoginRequest credentials, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.check(credentials.username(), address);
        UserView user;
        try {
            user = users.authenticate(credentials.username(), credentials.password());
        } catch (AuthenticationFailedException refused) {
            throttle.failed(credentials.username(), address);
            throw refused;
        }
        throttle.succeeded(credentials.username());
        return loggedIn(user);
    }

    @Operation(
            summary = "Sign up: create an account and get a bearer token",
            description = "The new account has a balance of 0 and gets one welcome coupon shortly after (when the "
                    + "suite issues one: SHOP_WELCOME_COUPON_AMOUNT). The answer is the same as a login's.")
    @SecurityRequirements
    @ApiResponse(
            responseCode = "201",
            description = "signed up and logged in",
            headers = @Header(name = "Location", description = "/api/users/me"))
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: a malformed user name or mobile number, or a "
                    + "password too short, too long or too easy to guess; nothing is created",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "USERNAME_TAKEN: another account has that name (in any case)",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "429",
            description = "TOO_MANY_REGISTRATIONS: too many sign-ups from this address "
                    + "lately; Retry-After says when to try again",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping("/register")
    public ResponseEntity<LoginResponse> register(@RequestBody RegisterRequest account, HttpServletRequest request) {
        RegistrationRequest asked = account.toRequest();
        // bad input is refused before it counts against the address or reaches the user service
        RegistrationPolicy.check(asked);
        signUps.attempt(request.getRemoteAddr());
        UserView user = registration.register(asked);
        return ResponseEntity.created(URI.create("/api/users/me")).body(loggedIn(user));
    }

    private LoginResponse loggedIn(UserView user) {
        // a user service that names no role grants none: the token is a shopper's
        UserRole role = user.getRole() == null ? UserRole.SHOPPER : user.getRole();
        IssuedToken token = tokens.issue(user.getUserId(), user.getUserName(), role);
        return new LoginResponse(token.value(), user.getUserId(), user.getUserName(), role, token.expiresAt());
    }
}
