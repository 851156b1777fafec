import { prepareIndex } from '../lib/classifier/prepare';
import { loadSearchIndex } from './search-index';
const docs = loadSearchIndex();
for (let i = 0; i < 10; i++) { const c = process.cpuUsage(); const t = performance.now(); prepareIndex([...docs]); const u = process.cpuUsage(c); console.log((performance.now() - t).toFixed(0), ((u.user) / 1000).toFixed(0)); }
