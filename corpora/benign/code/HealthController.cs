using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Acme.Api.Controllers;

[ApiController]
[Route("healthz")]
public sealed class HealthController : ControllerBase
{
    private readonly HealthCheckService _health;
    private static readonly DateTime Started = DateTime.UtcNow;

    public HealthController(HealthCheckService health) => _health = health;

    [HttpGet]
    public async Task<IActionResult> Get(CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var report = await _health.CheckHealthAsync(ct);
        var body = new
        {
            status = report.Status.ToString(),
            uptimeSeconds = (int)(DateTime.UtcNow - Started).TotalSeconds,
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), ms = e.Value.Duration.TotalMilliseconds }),
            elapsedMs = sw.ElapsedMilliseconds,
        };
        return report.Status == HealthStatus.Healthy ? Ok(body) : StatusCode(503, body);
    }
}
