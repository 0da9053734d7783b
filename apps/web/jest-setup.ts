// Test environment of the web project (see jest.config.cjs): zoneless, like the app itself.
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();
