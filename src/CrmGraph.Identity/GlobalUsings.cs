global using Microsoft.AspNetCore;
global using System.Security.Claims;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.Extensions.DependencyInjection;
global using OpenIddict.Abstractions;
global using static OpenIddict.Abstractions.OpenIddictConstants;
