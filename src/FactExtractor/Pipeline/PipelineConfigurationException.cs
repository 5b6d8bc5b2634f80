using System;

namespace FactExtractor.Pipeline;

/// <summary>Thrown by <see cref="FactPipelineBuilder.Build"/> when the stages cannot run in the order given.</summary>
public sealed class PipelineConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public PipelineConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
