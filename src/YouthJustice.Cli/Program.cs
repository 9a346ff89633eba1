namespace YouthJustice.Cli;

internal static class Program
{
    private static int Main(string[] args) => YjApp.Run(args, CliConsole.System());
}
