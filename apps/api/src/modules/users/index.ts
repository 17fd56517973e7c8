export { RoleAssignmentEntity } from './role-assignment.entity';
export { UserEntity } from './user.entity';
export { UsersModule } from './users.module';
export { toUserDto, UsersService } from './users.service';
