namespace YouthJustice.Cli.Tests.Report;

/// <summary>
/// A test that needs Debian's Chromium (/usr/bin/chromium). Locally it is skipped, with the reason shown, when the
/// browser is absent; in CI (<c>CI=true</c> or <c>YJ_REQUIRE_BROWSER=1</c>, set by .ci/run) it runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && !Required)
        {
            Skip = $"{Chromium} is not installed (apt-get install chromium); .ci/run installs it and there this test must run.";
        }
    }

    public static bool Required
        => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            || Environment.GetEnvironmentVariable("YJ_REQUIRE_BROWSER") == "1";
}
