import { Injectable, RequestMethod, type OnApplicationBootstrap } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type AccessRequirement } from './access.decorator';

export interface RouteInfo {
  method: string;
  path: string;
  handler: string;
  access: AccessRequirement | undefined;
}

/**
 * Every HTTP route of the application with its access declaration. Used to answer 405 for known
 * paths called with another method (SPEC §2.1) and by the test that requires every route to
 * declare who may call it.
 */
@Injectable()
export class RouteInventory implements OnApplicationBootstrap {
  private list: RouteInfo[] = [];
  private matchers: { regex: RegExp; method: string }[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap() {
    const routes: RouteInfo[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const prefixes = toArray(Reflect.getMetadata(PATH_METADATA, metatype));
      const prototype = Object.getPrototypeOf(instance);
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const paths = toArray(Reflect.getMetadata(PATH_METADATA, handler));
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || paths.length === 0) continue;
        const access = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_METADATA, [handler, metatype]);
        for (const prefix of prefixes) {
          for (const path of paths) {
            routes.push({ method: RequestMethod[method], path: joinPath(prefix, path), handler: `${metatype.name}.${name}`, access });
          }
        }
      }
    }
    this.list = routes;
    this.matchers = routes.map((r) => ({ method: r.method, regex: toRegex(r.path) }));
  }

  routes(): readonly RouteInfo[] {
    return this.list;
  }

  /** Methods registered for a concrete request path (empty when the path is unknown). */
  methodsFor(path: string): string[] {
    const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
    return [...new Set(this.matchers.filter((m) => m.regex.test(normalized)).map((m) => m.method))];
  }
}

function toArray(value: unknown): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [String(value)];
}

function joinPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
  return joined;
}

function toRegex(path: string): RegExp {
  const pattern = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}$`);
}
