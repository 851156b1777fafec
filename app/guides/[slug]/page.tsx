import { articleRoute } from '@/app/_data/article-route';

const route = articleRoute('guides', 'slug');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
