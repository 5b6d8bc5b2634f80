namespace FactExtractor.Cli;

/// <summary>The exit codes of <c>factx</c>.</summary>
public static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>The run completed, but at least one input failed and was written as an error record.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The run could not start: bad arguments or options, or an output that cannot be opened.</summary>
    public const int UsageError = 2;

    /// <summary>The run started but had to stop: an output could not be written any more, or an input stream broke. What was finished is kept.</summary>
    public const int RunFailed = 3;

    /// <summary>
    /// An unexpected error in factx itself (a bug): the message and stack trace go to standard error. 70 is
    /// <c>EX_SOFTWARE</c> of BSD's sysexits.h.
    /// </summary>
    public const int InternalError = 70;

    /// <summary>The run was cancelled (Ctrl+C, SIGTERM); the records finished before are written and flushed.</summary>
    public const int Cancelled = 130;
}
