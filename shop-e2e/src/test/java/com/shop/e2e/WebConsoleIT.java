package com.shop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console that order-web serves at {@code /}, driven in the machine's own headless Chromium against the whole
 * suite as processes: a new shopper signs up, orders with the welcome coupon and some balance, pays in the sandbox
 * from the page and watches the order become paid; the operator finds the payment and the machines, ships a paid
 * order, and its shopper confirms receipt. Screenshots of each step go to {@code shop-e2e/target/console-screenshots}.
 */
class WebConsoleIT {

    /** Debian's packages (apt-get install chromium chromium-driver); other places by -Dshop.chromium=... */
    private static final Path CHROMIUM = Path.of(System.getProperty("shop.chromium", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("shop.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    private static final String PASSWORD = "a pot of green tea";
    /** The password of the shoppers ShopDatabase makes. */
    private static final String DEMO_PASSWORD = "shop-demo";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static WebDriver browser;

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER
                        + " (on Debian: apt-get install chromium chromium-driver)");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        browser = new ChromeDriver(driver, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void aNewShopperOrdersPaysInTheSandboxAndWatchesTheOrderBecomePaid() {
        wait = patientWait();
        long goodsId = db.newGoods("40.00", 10);
        String name = "console." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);

        open();
        signUp(name, "12345678");
        assertThat(message()).contains("password");
        signUp(name, PASSWORD);
        visible(By.cssSelector("#goods tbody tr"));
        ShopClient shopper = stack.login(name, PASSWORD);
        long couponId = welcomeCoupon(shopper);
        putMoneyIn(shopper.get("/api/users/me").json().get("userId").asLong(), "30.00");

        String orderId = confirm(goodsId, couponId);
        screenshot("1-confirmed");
        String payId = payInTheSandbox();
        paidLeavesNothingToPay(orderId);
        screenshot("3-paid");
        showsTheSagaAndThePayment();
        screenshot("3-timeline");
        assertThat(shopper.get("/api/orders/" + orderId).json().get("payStatus").asText())
                .isEqualTo("PAID");
        showAccount("-30.00", "55");
        screenshot("4-account");

        signOut();
        logIn("admin", "shop-admin");
        assertThat(visible(By.cssSelector("#admin-payments tr[data-id='" + payId + "']"))
                        .getText())
                .contains("55.00")
                .contains("PAID");
        assertThat(visible(By.cssSelector("#admin-machines tr[data-id='01000028']"))
                        .getText())
                .contains("A1");
        everyServicesMessagingIsShown();
        theCheckerFindsEveryInvariantHolding();
        screenshot("5-operator");
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('checker-verdict').scrollIntoView(false);");
        screenshot("5-operator-simulator-and-checker");
        aMachinesModeIsSwitchedAtTheSimulator("01000028");
        signOut();
    }

    @Test
    void theOperatorShipsAPaidOrderAndTheShopperConfirmsReceipt() {
        wait = patientWait();
        ShopDatabase.Shopper shopper = db.newShopper();
        long goodsId = db.newGoods("30.00", 5);
        // 4 × 30.00, no shipping over 100.00, all from the balance: paid once confirmed
        Response confirmed = stack.login(shopper.name(), DEMO_PASSWORD)
                .post("/api/orders", OrderFlows.order(goodsId, "30.00", 4, null, "120.00"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        String orderId = Long.toString(OrderFlows.orderIdOf(confirmed));

        open();
        logIn("admin", "shop-admin");
        visible(By.cssSelector("#admin-orders tr[data-id='" + orderId + "']")).click();
        visible(By.id("ship")).click();
        // the attribute, not the text: "NOT_SHIPPED" holds "SHIPPED" too
        wait.until(ExpectedConditions.attributeToBe(By.id("admin-order-status"), "data-shipping-status", "SHIPPED"));
        screenshot("6-shipped");

        signOut();
        logIn(shopper.name(), DEMO_PASSWORD);
        browser.get(stack.orderWebUrl() + "/#orders/" + orderId);
        visible(By.id("receive")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("order-status"), "data-shipping-status", "RECEIVED"));
        assertThat(browser.findElements(By.id("receive"))).isEmpty();
        screenshot("7-received");
    }

    /** The page replaces what it polls whenever it changes: an element found a moment ago may be gone, so look again. */
    private static WebDriverWait patientWait() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void open() {
        browser.get(stack.orderWebUrl() + "/");
        // a session left by an earlier test of this browser ends first
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); location.hash = '';");
        browser.navigate().refresh();
    }

    private void signUp(String name, String password) {
        WebElement form = visible(By.id("register"));
        type(form.findElement(By.name("username")), name);
        type(form.findElement(By.name("password")), password);
        form.findElement(By.id("register-submit")).click();
    }

    private void logIn(String name, String password) {
        WebElement form = visible(By.id("login"));
        type(form.findElement(By.name("username")), name);
        type(form.findElement(By.name("password")), password);
        form.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("who"), name));
    }

    private void signOut() {
        browser.findElement(By.id("sign-out")).click();
        visible(By.id("login"));
    }

    /** The coupon the coupon service issues on hearing of the new account, within moments. */
    private long welcomeCoupon(ShopClient shopper) {
        JsonNode coupons =
                await().atMost(PATIENCE).until(() -> shopper.get("/api/coupons").json(), found -> found.size() > 0);
        return coupons.get(0).get("couponId").asLong();
    }

    /** Money put in from outside the suite, as the opening balance the invariant checker counts from. */
    private void putMoneyIn(long userId, String amount) {
        db.update(
                "shop_user",
                "UPDATE trade_user SET user_money = ?, opening_money = ? WHERE user_id = ?",
                new BigDecimal(amount),
                new BigDecimal(amount),
                userId);
    }

    /** 2 × 40.00 + 10.00 shipping, 5.00 by the welcome coupon, 30.00 from the balance: 55.00 left to pay. */
    private String confirm(long goodsId, long couponId) {
        // the shop view lists the coupons as it opens: loaded again (the session stays in the tab), it shows the
        // welcome coupon
        browser.navigate().refresh();
        visible(By.cssSelector("#goods tr[data-id='" + goodsId + "']")).click();
        WebElement form = visible(By.id("confirm"));
        type(form.findElement(By.name("goodsNumber")), "2");
        new Select(form.findElement(By.name("couponId"))).selectByValue(Long.toString(couponId));
        type(form.findElement(By.name("moneyPaid")), "30.00");
        type(form.findElement(By.name("address")), "1 Console Road");
        assertThat(browser.findElement(By.id("order-figures")).getText()).contains("left to pay 55.00");
        form.findElement(By.id("confirm-submit")).click();
        WebElement status = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#order-status[data-order-status]")));
        assertThat(status.getAttribute("data-order-status")).isEqualTo("CONFIRMED");
        assertThat(browser.findElement(By.id("order-view")).getText()).contains("55.00");
        String hash = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(hash).startsWith("orders/");
        return hash.substring("orders/".length());
    }

    /** @return the payment's id, as the page shows it */
    private String payInTheSandbox() {
        visible(By.id("pay")).click();
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("const qr = document.getElementById('payment-qr');"
                        + " return qr !== null && qr.complete && qr.naturalWidth > 0;"));
        assertThat(browser.findElement(By.id("payment-code")).getText()).startsWith("weixin://");
        screenshot("2-qr");
        String payment = browser.findElement(By.id("payment-title")).getAttribute("data-pay-id");
        visible(By.id("pay-in-sandbox")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("order-status"), "data-pay-status", "PAID"));
        return payment;
    }

    /** Once paid, the code and the sandbox's button go, and the list above the order shows it paid too. */
    private void paidLeavesNothingToPay(String orderId) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("pay-in-sandbox")));
        assertThat(browser.findElements(By.id("payment-qr"))).isEmpty();
        wait.until(ExpectedConditions.textMatches(
                By.cssSelector("#orders tr[data-id='" + orderId + "'] td[data-column='state']"),
                Pattern.compile("\\bPAID\\b")));
    }

    /** The five services' outboxes and consumers, each answering. */
    private void everyServicesMessagingIsShown() {
        visible(By.id("admin-messaging"));
        List<String> services = browser.findElements(By.cssSelector("#admin-messaging tbody tr")).stream()
                .map(row -> row.getAttribute("data-id"))
                .toList();
        assertThat(services).containsExactlyInAnyOrder("order", "goods", "coupon", "user", "pay");
    }

    /** The devstack's checker, read by the page itself (development mode), on a suite at rest. */
    private void theCheckerFindsEveryInvariantHolding() {
        WebElement verdict = visible(By.id("checker-verdict"));
        assertThat(verdict.getAttribute("data-passed")).as(verdict.getText()).isEqualTo("true");
        assertThat(verdict.getText()).contains("invariants hold");
    }

    /** The operator jams a simulated machine from the page and frees it again: the simulator itself says so. */
    private void aMachinesModeIsSwitchedAtTheSimulator(String innerCode) {
        String row = "#admin-machines tr[data-id='" + innerCode + "'] ";
        visible(By.cssSelector(row + "[data-mode='SUCCEED']"));
        visible(By.cssSelector(row + "button[data-set-mode='FAIL']")).click();
        visible(By.cssSelector(row + "[data-mode='FAIL']"));
        assertThat(stack.devStack().machineSimulator().machine(innerCode).mode().name())
                .isEqualTo("FAIL");
        visible(By.cssSelector(row + "button[data-set-mode='SUCCEED']")).click();
        visible(By.cssSelector(row + "[data-mode='SUCCEED']"));
        assertThat(stack.devStack().machineSimulator().machine(innerCode).mode().name())
                .isEqualTo("SUCCEED");
    }

    /**
     * The order view, still on screen and polling, shows the timeline the services gathered: the step of every
     * participant, the payment, and its PaymentSucceeded message sent and consumed. Consumers log their work after
     * the payment shows, so the wait ends when the page shows them.
     */
    private void showsTheSagaAndThePayment() {
        List<String> wanted = List.of(
                "order placed",
                "stock reserved",
                "coupon used",
                "balance reduced",
                "order confirmed",
                "payment opened",
                "payment succeeded",
                "PaymentSucceeded sent",
                "PaymentSucceeded consumed by order-payment-succeeded",
                "order paid");
        wait.until(driver -> timelineNames().containsAll(wanted));
        List<String> shown = timelineNames();
        assertThat(shown).doesNotContain("stock restored", "coupon restored", "balance refunded");
        assertThat(shown.indexOf("stock reserved")).isLessThan(shown.indexOf("payment opened"));
        assertThat(shown.indexOf("PaymentSucceeded sent"))
                .isLessThan(shown.indexOf("PaymentSucceeded consumed by order-payment-succeeded"));
    }

    /** Read in one script: the page replaces the timeline whenever its poll finds something new. */
    @SuppressWarnings("unchecked")
    private List<String> timelineNames() {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return Array.from(document.querySelectorAll('#timeline li'), li => li.dataset.name);");
    }

    private void showAccount(String paidFromTheBalance, String points) {
        browser.findElement(By.cssSelector("#nav [data-view=account]")).click();
        assertThat(visible(By.id("money-log")).getText()).contains(paidFromTheBalance);
        // one point per whole yuan paid at the platform, credited when the user service hears of the payment
        wait.until(driver -> {
            driver.findElement(By.cssSelector("#nav [data-view=account]")).click();
            // read in one script: the click renders the view again, replacing the element a lookup would hold
            return points.equals(((JavascriptExecutor) driver)
                    .executeScript("return document.getElementById('points')?.textContent;"));
        });
    }

    private String message() {
        return visible(By.id("message")).getText();
    }

    private WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static void screenshot(String name) {
        try {
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
