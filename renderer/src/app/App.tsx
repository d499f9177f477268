import { HomeView } from '../features/home/HomeView';
import { BoardView } from '../features/board/BoardView';
import { ReviewWindow } from './ReviewWindow';
import { useRoute } from './useRoute';

export function App() {
  const route = useRoute();
  if (route.name === 'review') {
    return <ReviewWindow key={route.reviewId} reviewId={route.reviewId} area={route.area} detail={route.detail} />;
  }
  if (route.name === 'board') return <BoardView />;
  return <HomeView />;
}
