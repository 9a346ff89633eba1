namespace YouthJustice.Cli.Infrastructure;

/// <summary>
/// Runs a long step (reading a large document, computing a return) behind a progress bar on standard error, when
/// standard error is an interactive terminal and <c>--quiet</c> was not given; otherwise runs it silently.
/// </summary>
internal static class Work
{
    /// <summary>Runs <paramref name="work"/>, which reports progress as a count out of <paramref name="total"/> (or none: a spinner).</summary>
    public static T Run<T>(CliConsole console, bool quiet, string description, long? total, Func<Action<long>, T> work)
    {
        if (quiet || !console.Error.Profile.Capabilities.Interactive)
        {
            return work(_ => { });
        }

        return console.Error.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total is > 0 ? total.Value : 1);
                task.IsIndeterminate = total is not > 0;
                var result = work(done => task.Value = Math.Min(done, (long)task.MaxValue));
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }

    /// <summary>Runs a step that cannot report how far it has got (a spinner).</summary>
    public static T Run<T>(CliConsole console, bool quiet, string description, Func<T> work)
        => Run(console, quiet, description, null, _ => work());
}
