package com.shop.api;

import com.shop.api.exception.InvalidRequestException;
import com.shop.pojo.user.RegistrationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new account may be: checked by the web edge before it calls anyone and again by the user service before it
 * writes anything, so both refuse alike.
 */
public final class RegistrationPolicy {

    /** Letters, digits, '_', '.' and '-', starting with a letter or digit: 3 to 32 characters. */
    public static final String USER_NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{2,31}";

    public static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt reads no more than 72 bytes; longer ones would be cut without the user knowing. */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** Digits with an optional leading '+': 7 to 15 digits (E.164). */
    public static final String MOBILE_PATTERN = "\\+?[0-9]{7,15}";

    static final int MIN_DISTINCT_CHARACTERS = 5;

    private static final Pattern USER_NAME = Pattern.compile(USER_NAME_PATTERN);
    private static final Pattern MOBILE = Pattern.compile(MOBILE_PATTERN);
    /** The passwords guessers try first that the other rules let through. */
    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "password",
            "password1",
            "password123",
            "passw0rd",
            "iloveyou",
            "sunshine",
            "princess",
            "football",
            "baseball",
            "whatever",
            "trustno1",
            "starwars",
            "qwertyuiop",
            "qwerty123",
            "1q2w3e4r",
            "1qaz2wsx",
            "zaq12wsx",
            "letmein1",
            "welcome1",
            "admin123",
            "asdfghjkl",
            "superman",
            "michelle",
            "shop-demo");

    private RegistrationPolicy() {}

    /** @throws InvalidRequestException naming every rule the request breaks */
    public static void check(RegistrationRequest request) {
        List<String> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems));
        }
    }

    /** Every rule the request breaks, as "field: why", in field order; empty when it may be registered. */
    public static List<String> problems(RegistrationRequest request) {
        List<String> problems = new ArrayList<>();
        String name = request == null ? null : request.getUserName();
        if (name == null || !USER_NAME.matcher(name).matches()) {
            problems.add("username: 3 to 32 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        String passwordProblem = passwordProblem(name, request == null ? null : request.getPassword());
        if (passwordProblem != null) {
            problems.add("password: " + passwordProblem);
        }
        String mobile = request == null ? null : request.getUserMobile();
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            problems.add("mobile: 7 to 15 digits, optionally after '+'");
        }
        return problems;
    }

    private static String passwordProblem(String userName, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "at least " + MIN_PASSWORD_LENGTH + " characters";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return "at most " + MAX_PASSWORD_BYTES + " bytes";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.chars().distinct().count() < MIN_DISTINCT_CHARACTERS
                || isRun(password)
                || COMMON_PASSWORDS.contains(lower)
                || userName != null && lower.contains(userName.toLowerCase(Locale.ROOT))) {
            return "too easy to guess: not the user name, a run like 12345678 or few different characters";
        }
        return null;
    }

    /** Each character one up (or one down) from the one before: 12345678, abcdefgh, 87654321. */
    private static boolean isRun(String password) {
        int step = password.charAt(1) - password.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < password.length(); i++) {
            if (password.charAt(i) - password.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
