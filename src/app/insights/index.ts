/** The insight tools' public face: what App, Canvas and the panels mount. */
import './insights.css';

export { InsightDetails } from './InsightDetails';
export { TimePanel, YearLegend } from './TimePanel';
export { PathPanel } from './PathPanel';
export { WhoIsWhoPanel } from './WhoIsWhoPanel';
export { ExportMenu } from './ExportMenu';
export { InsightsCanvas } from './InsightsCanvas';
export { HomonymSection } from './HomonymSection';
export { chainEmphasis } from './chain-emphasis';
export { useInsights } from './store';
export { readSources, rememberSources } from './rebuild';
